#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace pv {

// An error with a stable machine-readable code, a message for people (translated where it can
// reach one), and structured details a client can act on without parsing the message.
// Codes and detail keys are part of the local API and MFP API contracts (docs/api/local-api.json).
struct Error
{
    Error() = default;
    Error(QString errorCode, QString text, QJsonObject structured = {})
        : code(std::move(errorCode))
        , message(std::move(text))
        , details(std::move(structured))
    {}

    QString code;
    QString message;
    QJsonObject details; // snake_case keys, e.g. {"trusted_fingerprint": ..., "presented_fingerprint": ...}
};

// Status of an operation that returns nothing on success.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    static Status ok() { return {}; }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

// A value or an error, in the spirit of std::expected (C++23).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool isOk() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return isOk(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    Status status() const { return isOk() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_data;
};

} // namespace pv
