#pragma once

#include "common/OrgIdentity.h"
#include "vault/PageOverrides.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>

namespace pv {

// What the capture path learnt about a document before it is committed.
struct DocumentInfo
{
    int pages = 0;
    // One character per page: 'C' colour, 'M' monochrome, measured by rendering.
    QByteArray pageColors;
    QSizeF firstPageSizePt; // points (1/72 in)
    QByteArray thumbnailPng;
    QString format = QStringLiteral("application/pdf");

    int colorPages() const { return int(pageColors.count('C')); }
};

// What the submitter asked for.
struct JobRequest
{
    QString title;
    QString fileName;
    QString owner;
    int copies = 1;
    QString sides = QStringLiteral("one-sided");
    QString colorMode = QStringLiteral("auto");
    ColorOverrides overrides; // pages in another colour mode (IPP "overrides")
    PageRanges pageRanges;    // the pages to print (IPP "page-ranges"); empty: all
    OrgIdentity org;          // the owner in the organisation; empty: the vault's at commit
};

// A stored job, with its personal fields already decrypted. Only the daemon holds these.
struct JobRecord
{
    QString id; // 32 lowercase hex characters
    JobRequest request;
    DocumentInfo info;
    QDateTime created;
    QDateTime expires;
    qint64 size = 0;       // plaintext bytes
    qint64 storedSize = 0; // encrypted bytes on disk
    QByteArray sha256;     // of the plaintext
};

} // namespace pv
