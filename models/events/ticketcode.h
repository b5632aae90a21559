#pragma once

#include <QString>

namespace supolka::ticketcode {

// Ticket codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as "K7QX-M4TP"
// and stored without the dash. 31^8 (about 850 thousand million) codes, so that one typed wrong by a character
// is almost never somebody else's.
constexpr int Length = 8;
QString alphabet();

// A new random code (stored form).
QString generate();

// The stored form of what someone typed or a scanner sent ("k7qx-m4tp", " K7QX M4TP\n"): upper case, without
// dashes and spaces. Empty when it cannot be a ticket code.
QString normalize(const QString &text);

// "K7QXM4TP" -> "K7QX-M4TP".
QString display(const QString &code);

// Whether `text` could be the start of a ticket code (after normalize's cleaning): for type-ahead.
bool couldBePrefix(const QString &text);

} // namespace supolka::ticketcode
