#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "models/security/pagecipher.h"

namespace supolka::encryptedvfs {

// The SQLite VFS of encrypted databases: a shim over the platform's own VFS that encrypts every page of the
// database, of its WAL and of its rollback journal (pagecipher.h), and refuses to open anything else (temporary
// files, statement journals), so that no page is ever written in the clear. It is never the default VFS: a
// connection chooses it with `file:PATH?vfs=supolka-xchacha&supolka_key=ID`, ID being a key lent here.
//
// It lives in the SQLite library Supolka links; Qt's driver sees it only where it uses that same library.
// uri() and isServedBy() let Database check that before trusting a connection with a key.
inline constexpr char Name[] = "supolka-xchacha";
// A pragma only this VFS answers (through SQLITE_FCNTL_PRAGMA), with "xchacha20poly1305/1".
inline constexpr char ProbePragma[] = "supolka_cipher";

// Registers the VFS (once; later calls answer the first's result).
bool ensureRegistered();

// Lends `key` to the connections that name the returned id; they keep it until they close.
int lend(std::shared_ptr<pagecipher::PageKey> key);
void withdraw(int id);

// The URI that opens `path` through this VFS with the key `id` (path escaped as SQLite's URIs need).
QString uri(const QString &path, int keyId, const QString &extraQuery = {});

// Asks SQLite to leave pagecipher::ReservedBytes free at the end of each page of `db`'s main database: on a new
// file before its first write, or before a VACUUM INTO that copies a plaintext database into an encrypted one.
// Only for a connection served by this VFS's SQLite (checked by the caller with ProbePragma).
bool reservePageSpace(const QSqlDatabase &db);

// How many keys are lent now (none while every encrypted database is closed, as when the window is locked).
int lentKeys();

// How many opens the VFS refused (temporary files, statement journals, unknown keys), since the start.
int refusedOpens();

} // namespace supolka::encryptedvfs
