#include "models/db/nativestatement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#ifdef SUPOLKA_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace supolka {

#ifdef SUPOLKA_NATIVE_SQLITE

sqlite3 *NativeStatement::nativeHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The driver must be running the very library this program links: same version, and the handle must answer.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !version.next() ||
        version.value(0).toString() != QString::fromLatin1(sqlite3_libversion()) ||
        version.value(1).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    auto *connection = *static_cast<sqlite3 *const *>(handle.data());
    return connection;
}

NativeStatement::NativeStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db)
        return;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

NativeStatement::~NativeStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void NativeStatement::bindText(int position, const QString &text)
{
    m_texts.append(text.toUtf8());
    const QByteArray &utf8 = m_texts.constLast();
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void NativeStatement::bindUtf8(int position, const QByteArray &utf8)
{
    m_texts.append(utf8);
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void NativeStatement::bindStaticUtf8(int position, const char *utf8, int size)
{
    sqlite3_bind_text(m_statement, position, utf8, size, SQLITE_STATIC);
}

void NativeStatement::bindTextOrNull(int position, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, position);
    else
        bindText(position, text);
}

void NativeStatement::bindInt64(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void NativeStatement::bindNull(int position)
{
    sqlite3_bind_null(m_statement, position);
}

bool NativeStatement::execute()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

bool NativeStatement::next()
{
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    return result == SQLITE_ROW;
}

void NativeStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    m_failed = false;
}

QString NativeStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView NativeStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

qint64 NativeStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString NativeStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("SQLite is not available directly.");
}

#else

sqlite3 *NativeStatement::nativeHandle(const QSqlDatabase &)
{
    return nullptr;
}

NativeStatement::NativeStatement(sqlite3 *, const QString &) {}
NativeStatement::~NativeStatement() = default;
void NativeStatement::bindText(int, const QString &) {}
void NativeStatement::bindTextOrNull(int, const QString &) {}
void NativeStatement::bindUtf8(int, const QByteArray &) {}
void NativeStatement::bindStaticUtf8(int, const char *, int) {}
void NativeStatement::bindInt64(int, qint64) {}
void NativeStatement::bindNull(int) {}
bool NativeStatement::execute()
{
    return false;
}
bool NativeStatement::next()
{
    return false;
}
void NativeStatement::reset() {}
QString NativeStatement::text(int) const
{
    return {};
}
QByteArrayView NativeStatement::utf8(int) const
{
    return {};
}
qint64 NativeStatement::int64(int) const
{
    return 0;
}
QString NativeStatement::errorText() const
{
    return tr("SQLite is not available directly.");
}

#endif

} // namespace supolka
