#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The audit log's file format (docs/audit.md), shared by the writer in the daemon and the
// offline verifier. One JSON object per line, of three kinds:
//   a record      {"seq":N,"time":...,"event":...,"prev":"<hex SHA-256 of the record before>",...}
//   a checkpoint  {"checkpoint":{"seq":N,"head":"<hex SHA-256 of record N>","time":...},"sig":...}
//   an export     {"export":{"first_seq":K,"prev":...,"last_seq":M,"head":...,...},"sig":...}
// The chain links records only: a record's hash is SHA-256 over its line's exact bytes (without
// the newline), and checkpoints stand outside the chain, vouching for it with an Ed25519 signature.
namespace pv::audit {

constexpr int FormatVersion = 1;

// The `prev` of record 1: there is nothing before it.
QByteArray genesisHash();
// Lowercase hex SHA-256 of one record line.
QByteArray lineHash(const QByteArray &line);

// The exact bytes a checkpoint or an export header signs. Fixed text, not JSON, so that no
// serialiser's choices can change what a signature covers.
QByteArray checkpointMessage(qint64 seq, const QByteArray &head);
struct ExportHeader
{
    qint64 firstSeq = 0;
    QByteArray prev; // the hash the first exported record carries
    qint64 lastSeq = 0;
    QByteArray head; // the hash of the last exported record
    bool masked = false;
};
QByteArray exportMessage(const ExportHeader &header);
QJsonObject exportJson(const ExportHeader &header);
ExportHeader exportFromJson(const QJsonObject &json);

// Fields that carry a person's or a printer's name, masked when policy says so. Paths are
// "object.key" within a record.
const QList<QPair<QString, QString>> &maskedFields();
// A masked value: "hmac:" and the first 16 bytes of HMAC-SHA256 under the mask key, in hex.
constexpr const char *MaskPrefix = "hmac:";

} // namespace pv::audit
