#pragma once

#include <QByteArray>

#include <openssl/crypto.h>

namespace pv {

// Key material that is wiped with OPENSSL_cleanse when it goes away.
// Copies are allowed but each copy is wiped on its own; prefer moving.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(int size)
        : m_bytes(size, '\0')
    {}
    explicit SecureBytes(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        m_bytes.detach();
    }
    SecureBytes(const SecureBytes &other)
        : m_bytes(other.m_bytes)
    {
        m_bytes.detach();
    }
    SecureBytes(SecureBytes &&other) noexcept
        : m_bytes(std::move(other.m_bytes))
    {}
    SecureBytes &operator=(const SecureBytes &other)
    {
        if (this != &other) {
            wipe();
            m_bytes = other.m_bytes;
            m_bytes.detach();
        }
        return *this;
    }
    SecureBytes &operator=(SecureBytes &&other) noexcept
    {
        if (this != &other) {
            wipe();
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }
    ~SecureBytes() { wipe(); }

    int size() const { return int(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    const unsigned char *data() const { return reinterpret_cast<const unsigned char *>(m_bytes.constData()); }
    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    const QByteArray &bytes() const { return m_bytes; }

    void wipe()
    {
        if (!m_bytes.isEmpty() && !m_bytes.isDetached())
            m_bytes = QByteArray(); // shared buffer: another owner wipes it
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
        m_bytes.clear();
    }

private:
    QByteArray m_bytes;
};

} // namespace pv
