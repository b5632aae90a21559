#include "models/io/atomicfile.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace supolka {

namespace {

struct Fault
{
    bool active = false;
    int failingWrite = 0; // 0: the commit
    int writes = 0;
};

Fault &fault()
{
    static Fault plan;
    return plan;
}

QString diskFullReason()
{
    return QString::fromLocal8Bit(std::strerror(ENOSPC));
}

} // namespace

AtomicFile::FailureForTests::FailureForTests(int failingWrite)
{
    fault() = {true, failingWrite, 0};
}

AtomicFile::FailureForTests::~FailureForTests()
{
    fault() = {};
}

int AtomicFile::FailureForTests::writes() const
{
    return fault().writes;
}

AtomicFile::AtomicFile(const QString &path)
    : m_file(path)
    , m_path(path)
{}

AtomicFile::~AtomicFile()
{
    if (isOpen())
        cancel();
}

Status AtomicFile::begin()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString(), false);
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 AtomicFile::readData(char *, qint64)
{
    return -1;
}

qint64 AtomicFile::writeData(const char *data, qint64 size)
{
    if (!m_error.isEmpty())
        return -1;
    if (fault().active && ++fault().writes == fault().failingWrite) {
        m_error = diskFullReason();
        m_diskFull = true;
        return -1;
    }
    const qint64 written = m_file.write(data, size);
    if (written != size) {
        m_error = m_file.errorString();
        m_diskFull = m_file.error() != QFileDevice::NoError && errno == ENOSPC;
        return -1;
    }
    return written;
}

void AtomicFile::cancel()
{
    m_file.cancelWriting();
    m_file.commit(); // with writing cancelled: removes the temporary file, keeps the target
    QIODevice::close();
}

Status AtomicFile::commit()
{
    if (!m_error.isEmpty()) {
        cancel();
        return failure(m_error, m_diskFull);
    }
    // The last buffered bytes: a full disk shows here, and Qt's commit would rename the file anyway.
    const bool injected = fault().active && fault().failingWrite == 0;
    if (injected || !m_file.flush() || m_file.error() != QFileDevice::NoError) {
        const bool full = injected || errno == ENOSPC;
        const QString reason = injected ? diskFullReason() : m_file.errorString();
        cancel();
        return failure(reason, full);
    }
    QIODevice::close();
    if (!m_file.commit())
        return failure(m_file.errorString(), errno == ENOSPC);
    return {};
}

Status AtomicFile::failure(const QString &reason, bool diskFull)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (diskFull) {
        const QStorageInfo disk(QFileInfo(m_path).absolutePath());
        const qint64 free = disk.isValid() ? std::max<qint64>(disk.bytesAvailable(), 0) : 0;
        return Status::failure(
            tr("Could not save %1: the disk %2 is full (%3 free). Free some space or choose "
               "another place; the file was left as it was.")
                .arg(shown, QDir::toNativeSeparators(disk.rootPath()), QLocale().formattedDataSize(free)));
    }
    QString why = reason.trimmed();
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    return Status::failure(tr("Could not save %1: %2. The file was left as it was.").arg(shown, why));
}

} // namespace supolka
