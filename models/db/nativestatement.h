#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace supolka {

// A prepared statement on the SQLite connection behind a QSqlDatabase, for the few bulk paths where Qt SQL's
// per-value overhead would dominate. Available only where Supolka and Qt's driver share one SQLite library
// (SUPOLKA_NATIVE_SQLITE); callers fall back to QSqlQuery when nativeHandle() is null.
class NativeStatement final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::NativeStatement)
    Q_DISABLE_COPY_MOVE(NativeStatement)

public:
    // The connection's sqlite3 handle, or nullptr when it is not a shared-library SQLite connection.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

    NativeStatement(sqlite3 *db, const QString &sql);
    ~NativeStatement();

    bool isValid() const { return m_statement != nullptr; }
    // Binds by 1-based position.
    void bindText(int position, const QString &text);
    void bindTextOrNull(int position, const QString &text);
    // Text already in UTF-8 (kept alive by the statement until it has run).
    void bindUtf8(int position, const QByteArray &utf8);
    // UTF-8 the caller keeps unchanged until the statement has run.
    void bindStaticUtf8(int position, const char *utf8, int size);
    void bindInt64(int position, qint64 value);
    void bindNull(int position);
    // Runs a statement that returns no rows and resets it for the next use.
    bool execute();
    // Steps through the rows of a query: true while there is a row; reset() before running it again.
    bool next();
    void reset();
    QString text(int column) const; // 0-based; NULL gives a null QString
    // The column's UTF-8 as SQLite holds it, valid until the next step; NULL gives a null view.
    QByteArrayView utf8(int column) const;
    qint64 int64(int column) const;
    // Whether the last next() stopped on an error rather than at the end of the rows.
    bool failed() const { return m_failed; }
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // UTF-8 copies of the bound texts, alive until the statement has run: SQLite stores UTF-8, and Qt converts
    // faster than SQLite does.
    QList<QByteArray> m_texts;
    bool m_failed = false;
};

} // namespace supolka
