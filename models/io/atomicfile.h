#pragma once

#include <QIODevice>
#include <QSaveFile>

#include "models/core/result.h"

namespace supolka {

// A file written whole or not at all: CSV exports, the problems of an import, PDFs. Everything goes to a temporary
// file beside the target; commit() flushes, checks that every write and the flush went through, syncs and renames.
// Any failure (a full USB stick, a removed drive) leaves the old file as it was, removes the temporary one and
// says why, with the free space when the disk is full. Qt's QSaveFile alone would rename a file whose last
// buffered bytes never reached the disk.
class AtomicFile final : public QIODevice
{
    Q_OBJECT

public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile() override; // a file not committed is dropped

    // Opens the temporary file for writing.
    Status begin();
    // Makes the file the target's; the message says what happened when it cannot.
    Status commit();
    // Drops what was written; the target stays as it was.
    void cancel();

    bool isSequential() const override { return true; }

    // Fault injection for tests: while one lives, the `failingWrite`-th write (from 1) fails as on a full disk, or
    // with 0 the commit's final flush does.
    class FailureForTests final
    {
    public:
        explicit FailureForTests(int failingWrite);
        ~FailureForTests();
        // How many writes the files saw while it lived.
        int writes() const;
    };

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    Status failure(const QString &reason, bool diskFull);

    QSaveFile m_file;
    QString m_path;
    QString m_error; // the first write that failed
    bool m_diskFull = false;
};

} // namespace supolka
