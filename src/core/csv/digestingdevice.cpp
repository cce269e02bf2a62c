#include "csv/digestingdevice.h"

DigestingDevice::DigestingDevice(QIODevice *source)
    : m_source(source), m_start(source->isSequential() ? 0 : source->pos())
{
    if (source->isReadable())
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool DigestingDevice::isSequential() const
{
    return m_source->isSequential();
}

qint64 DigestingDevice::size() const
{
    return m_source->isSequential() ? m_source->size() : m_source->size() - m_start;
}

bool DigestingDevice::seek(qint64 pos)
{
    if (pos > m_hashed) {
        setErrorString(tr("skipping bytes would leave them out of the digest"));
        return false;
    }
    if (!m_source->seek(m_start + pos)) {
        setErrorString(m_source->errorString());
        return false;
    }
    m_at = pos;
    return QIODevice::seek(pos);
}

qint64 DigestingDevice::bytesAvailable() const
{
    // Unbuffered: a pipe's bytes are waiting in the source.
    return m_source->isSequential() ? m_source->bytesAvailable() : QIODevice::bytesAvailable();
}

bool DigestingDevice::waitForReadyRead(int msecs)
{
    return m_source->waitForReadyRead(msecs);
}

QString DigestingDevice::sha256Hex() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

qint64 DigestingDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_source->read(data, maxSize);
    if (n < 0) {
        setErrorString(m_source->errorString());
        return n;
    }
    const qint64 end = m_at + n;
    if (end > m_hashed) {
        // m_at <= m_hashed: seek() never goes past the digest.
        m_hash.addData(QByteArrayView(data + (m_hashed - m_at), end - m_hashed));
        m_hashed = end;
    }
    m_at = end;
    return n;
}

qint64 DigestingDevice::writeData(const char *, qint64)
{
    return -1; // opened for reading only
}
