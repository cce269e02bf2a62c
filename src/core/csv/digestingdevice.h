#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>

// Reads another device through and keeps the SHA-256 of the bytes it gave, so that an import
// can name the exact file in the audit trail without reading it a second time (which a pipe
// could not do anyway). Unbuffered: each read is one read of the source. The CSV reader may go
// back to the start once (to read a file again as Windows-1252): bytes read again are hashed
// once. It never skips ahead, and this device refuses to, since the digest would leave bytes
// out.
class DigestingDevice : public QIODevice
{
    Q_OBJECT

public:
    // Open for reading when `source` is; the digest starts at the source's position.
    explicit DigestingDevice(QIODevice *source);

    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 pos) override;
    qint64 bytesAvailable() const override;
    bool waitForReadyRead(int msecs) override;

    // The SHA-256 of the bytes read so far, as lower-case hex: the whole file once it has been
    // read to its end.
    QString sha256Hex() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QIODevice *m_source;
    qint64 m_start = 0;  // the source's position when this device was made
    qint64 m_at = 0;     // where the next read starts, from m_start
    qint64 m_hashed = 0; // the bytes from m_start that are in the digest
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};
