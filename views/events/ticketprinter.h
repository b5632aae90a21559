#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

#include "models/core/result.h"
#include "models/events/event.h"
#include "models/events/registration.h"

class QPainter;
class QPrinter;

namespace supolka {

// Tickets and badges on a printer or as PDF files, with the ticket code as text and as a QR code that the check-in door
// scans. Tickets are A6, one registration a page; badges come as A4 sheets of BadgeColumns x BadgeRows with cut lines.
// Names are printed in a font that has every letter of them (Cyrillic, Latin with ŭ, ł, ...).
class TicketPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::TicketPrinter)

public:
    static constexpr int BadgeColumns = 2;
    static constexpr int BadgeRows = 4;
    static constexpr int BadgesPerPage = BadgeColumns * BadgeRows;
    static constexpr int Resolution = 300; // dots per inch of the pages' coordinates

    enum class Sheet { Tickets, Badges };

    // Sets `printer` up for the sheets (A6 tickets, A4 badges, no margins), before the print dialog shows it.
    static void prepare(QPrinter &printer, Sheet sheet, const Event &event);
    // Prints on the printer chosen (or the file the print dialog was told to print to).
    static Status print(QPrinter &printer, Sheet sheet, const Event &event, const QList<Registration> &registrations);

    // Writes the file at once (a half-written file never replaces an older one).
    static Status writeTickets(const Event &event, const QList<Registration> &registrations, const QString &path);
    static Status writeBadges(const Event &event, const QList<Registration> &registrations, const QString &path);

    // What the QR code holds: the ticket code as printed ("K7QX-M4TP"), which the door's search takes whole.
    static QString qrText(const Registration &registration);

    // Draw one ticket on a page, or one badge in a cell, of any paint device. Return the square of the QR code's
    // modules (quiet zone not counted).
    static QRectF paintTicket(QPainter &painter, const QRectF &page, const Event &event,
                              const Registration &registration);
    static QRectF paintBadge(QPainter &painter, const QRectF &cell, const Event &event,
                             const Registration &registration);

    // `base`, when it has a glyph for every character of `text`; else the first installed family that has; else
    // `base` (Qt then falls back character by character).
    static QFont fontFor(const QString &text, const QFont &base);
    // The characters of `text` (spaces aside) that `font` itself has no glyph for.
    static QString missingGlyphs(const QString &text, const QFont &font);
};

} // namespace supolka
