#pragma once

// An SQLite VFS for tests that fails on purpose: it passes everything to the default VFS, counting the writes,
// syncs and reads of the main database and its journals, and makes the N-th of the chosen kind fail with an I/O
// error, as a failing disk or a removed stick would. While a FaultVfs lives it is the default VFS of this process
// (Qt's SQLite driver uses the same libsqlite3 on Debian), so every connection opened meanwhile goes through it.
namespace supolka::test {

class FaultVfs final
{
public:
    // Corrupt: the read succeeds but returns the page with bytes flipped, as a bad sector read back would.
    enum class Kind { Write, Sync, Read, Corrupt };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;

    // From now on, the `n`-th call of `kind` (from 1) fails, and every later one too (a disk that failed stays
    // failed until heal()), except that Corrupt damages the `n`-th read only; 0 counts without failing.
    void failAt(Kind kind, int n);
    void heal();
    // Calls of each kind since the last failAt().
    int count(Kind kind) const;
    // Whether a failure was injected.
    bool failed() const;
};

} // namespace supolka::test
