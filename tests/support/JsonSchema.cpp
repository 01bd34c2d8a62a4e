#include "JsonSchema.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pv::test {

namespace {

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("object"))
        return v.isObject();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == QLatin1String("null"))
        return v.isNull();
    return false;
}

} // namespace

bool JsonSchema::isSnakeCase(const QString &key)
{
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return snake.match(key).hasMatch();
}

QStringList JsonSchema::nonSnakeKeys(const QJsonValue &value, const QString &path)
{
    QStringList out;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isSnakeCase(it.key()))
                out.append(path + QLatin1Char('.') + it.key());
            out += nonSnakeKeys(it.value(), path + QLatin1Char('.') + it.key());
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            out += nonSnakeKeys(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return out;
}

QJsonObject JsonSchema::resolve(const QJsonObject &schema) const
{
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (ref.isEmpty())
        return schema;
    const QString name = ref.section(QLatin1Char('/'), -1);
    return resolve(m_document.value(QStringLiteral("definitions")).toObject().value(name).toObject());
}

QStringList JsonSchema::validate(const QJsonValue &value, const QJsonObject &raw, const QString &path) const
{
    const QJsonObject schema = resolve(raw);
    if (schema.isEmpty() && !raw.isEmpty())
        return {path + QStringLiteral(": unresolved $ref ") + raw.value(QStringLiteral("$ref")).toString()};
    if (schema.contains(QStringLiteral("enum"))) {
        if (!schema.value(QStringLiteral("enum")).toArray().contains(value))
            return {path + QStringLiteral(": value not in enum")};
        return {};
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && !hasType(value, type))
        return {path + QStringLiteral(": not of type ") + type};
    if (value.isObject())
        return validateObject(value.toObject(), schema, path);
    QStringList out;
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            out += validate(a.at(i), schema.value(QStringLiteral("items")).toObject(),
                            QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    return out;
}

QStringList JsonSchema::validateObject(const QJsonObject &object, const QJsonObject &schema,
                                       const QString &path) const
{
    QStringList out;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &name : schema.value(QStringLiteral("required")).toArray()) {
        if (!object.contains(name.toString()))
            out.append(path + QStringLiteral(": missing documented key ") + name.toString());
    }
    const bool closed = schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = path + QLatin1Char('.') + it.key();
        if (properties.contains(it.key()))
            out += validate(it.value(), properties.value(it.key()).toObject(), where);
        else if (closed)
            out.append(where + QStringLiteral(": not documented"));
    }
    return out;
}

} // namespace pv::test
