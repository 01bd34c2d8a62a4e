#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace pv::test {

// The subset of JSON Schema that docs/api/local-api.json uses: type, enum, properties,
// required, additionalProperties: false, items and "$ref": "#/definitions/NAME". Enough to hold
// every reply and event of the local API to its documentation, key by key.
class JsonSchema
{
public:
    explicit JsonSchema(QJsonObject document)
        : m_document(std::move(document))
    {}

    // Every way `value` breaks `schema`, each naming the path ("result.job.size: ...").
    QStringList validate(const QJsonValue &value, const QJsonObject &schema, const QString &path) const;

    // Every object key under `value` that is not snake_case.
    static QStringList nonSnakeKeys(const QJsonValue &value, const QString &path);
    static bool isSnakeCase(const QString &key);

private:
    QJsonObject resolve(const QJsonObject &schema) const;
    QStringList validateObject(const QJsonObject &object, const QJsonObject &schema,
                               const QString &path) const;

    QJsonObject m_document;
};

} // namespace pv::test
