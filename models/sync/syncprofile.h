#pragma once

#include <optional>

#include <QString>

namespace supolka {

// What a bundle holds (docs/bundles.md):
// - Full: every row, members only where they agreed to sharing with the secretariat; the other members, guests
//   and every sensitive case pseudonymized.
// - Pseudonymized: no names, contacts or free text; ids of people, registrations, cases, notes and payments
//   replaced by keyed hashes that stay the same from one bundle to the next.
// - Aggregate: counts only, and the exit-poll data, which is not personal.
enum class SyncProfile { Full, Pseudonymized, Aggregate };

QString syncProfileKey(SyncProfile profile); // "full", "pseudonymized", "aggregate"
std::optional<SyncProfile> syncProfileFromKey(const QString &key);

} // namespace supolka
