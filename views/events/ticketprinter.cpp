#include "views/events/ticketprinter.h"

#include <algorithm>
#include <functional>

#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRawFont>

#include "models/events/ticketcode.h"
#include "models/text/countries.h"
#include "views/common/qrsymbol.h"

#include "models/core/shownformats.h"
#include "models/io/atomicfile.h"

namespace supolka {

namespace {

const QColor Ink(0x20, 0x20, 0x20);
const QColor Muted(0x5f, 0x63, 0x68);
const QColor Accent(0xc8, 0x31, 0x3e); // the red of the white-red-white flag
const QColor CutLine(0xb0, 0xb0, 0xb0);

QFont baseFont()
{
    QFont font = QGuiApplication::font();
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    return font;
}

// The largest pixel size from `maximum` down to `minimum` at which `text` fits in `box` (word-wrapped when `wrap`).
QFont fitted(QFont font, const QString &text, const QSizeF &box, qreal maximum, qreal minimum, bool wrap,
             QPaintDevice *device)
{
    const int flags = wrap ? int(Qt::TextWordWrap) : 0;
    int size = std::max(1, int(maximum));
    const int smallest = std::max(1, int(minimum));
    for (;; size = std::min(size - 1, int(size * 0.94))) {
        if (size <= smallest) {
            size = smallest;
            break;
        }
        font.setPixelSize(size);
        const QRectF needed =
            QFontMetricsF(font, device).boundingRect(QRectF(QPointF(0, 0), QSizeF(box.width(), 1e6)), flags, text);
        if (needed.width() <= box.width() && needed.height() <= box.height())
            break;
    }
    font.setPixelSize(size);
    return font;
}

// Draws `text` in `box` at the largest size that fits; a text that does not fit even at `minimum` is elided.
void drawFitted(QPainter &painter, const QRectF &box, const QString &text, QFont font, qreal maximum, qreal minimum,
                bool wrap, const QColor &colour, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop)
{
    if (text.isEmpty() || box.isEmpty())
        return;
    font = fitted(TicketPrinter::fontFor(text, font), text, box.size(), maximum, minimum, wrap, painter.device());
    painter.save();
    painter.setFont(font);
    painter.setPen(colour);
    const QFontMetricsF metrics(font, painter.device());
    const QRectF needed =
        metrics.boundingRect(QRectF(QPointF(0, 0), QSizeF(box.width(), 1e6)), wrap ? int(Qt::TextWordWrap) : 0, text);
    if (needed.width() <= box.width() && needed.height() <= box.height())
        painter.drawText(box, int(alignment) | (wrap ? int(Qt::TextWordWrap) : 0), text);
    else
        painter.drawText(box, int(alignment), metrics.elidedText(text, Qt::ElideRight, box.width()));
    painter.restore();
}

// "Wednesday, 25 March 2026, 14:00–17:00" (`format` LongFormat) or "25.03.2026, 14:00–17:00" (ShortFormat).
QString whenText(const Event &event, QLocale::FormatType format)
{
    if (!event.startsAt.isValid())
        return {};
    const QLocale locale;
    const QDateTime start = event.startsAt.toLocalTime();
    const auto dateText = [&locale, format](const QDate &date) {
        return format == QLocale::ShortFormat ? shown::date(date) : locale.toString(date, format);
    };
    QString text = dateText(start.date()) + QStringLiteral(", ") + shown::time(start.time());
    if (event.endsAt.isValid()) {
        const QDateTime end = event.endsAt.toLocalTime();
        if (end.date() == start.date())
            text += QStringLiteral("–") + shown::time(end.time());
        else
            text += QStringLiteral(" – ") + dateText(end.date()) + QStringLiteral(", ") + shown::time(end.time());
    }
    return text;
}

QString whereText(const Event &event)
{
    QStringList parts;
    for (const QString &part :
         {event.venue, event.city,
          event.country.isEmpty() ? QString()
                                  : countries::name(event.country, QLocale().name().section(QLatin1Char('_'), 0, 0))}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString nameOf(const Registration &registration)
{
    return registration.name.isEmpty() ? registration.guestName : registration.name;
}

using PagePainter = std::function<void(QPainter &painter, int page, const QRectF &pageRect)>;

// Paints `pageCount` pages on `device` in the coordinates of Resolution dots per inch, whatever the device's own.
Status paintPages(QPagedPaintDevice &device, int pageCount, const PagePainter &paintPage, const QString &failure)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(failure);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = qreal(device.logicalDpiX()) / TicketPrinter::Resolution;
    painter.scale(scale, scale);
    const QRectF pageRect(0, 0, device.width() / scale, device.height() / scale);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage())
            return Status::failure(failure);
        paintPage(painter, page, pageRect);
    }
    if (!painter.end())
        return Status::failure(failure);
    return Status();
}

Status writePages(const QString &path, const QPageSize &pageSize, const QString &title, int pageCount,
                  const PagePainter &paintPage)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (pageCount <= 0)
        return Status::failure(TicketPrinter::tr("There is nobody to print for."));
    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setResolution(TicketPrinter::Resolution);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Supolka"));
        if (Status painted =
                paintPages(writer, pageCount, paintPage, TicketPrinter::tr("Could not write %1.").arg(shown));
            !painted)
            return painted;
    }
    return file.commit();
}

qreal millimetres(qreal mm)
{
    return mm * TicketPrinter::Resolution / 25.4;
}

} // namespace

QString TicketPrinter::qrText(const Registration &registration)
{
    return ticketcode::display(registration.ticketCode);
}

QString TicketPrinter::missingGlyphs(const QString &text, const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    QString missing;
    const QList<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        if (QChar::isSpace(char32_t(c)))
            continue;
        if (!raw.isValid() || !raw.supportsCharacter(char32_t(c)))
            missing += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    return missing;
}

QFont TicketPrinter::fontFor(const QString &text, const QFont &base)
{
    if (missingGlyphs(text, base).isEmpty())
        return base;
    const QStringList families = QFontDatabase::families();
    for (const QString &family : families) {
        QFont candidate = base;
        candidate.setFamilies({family});
        if (missingGlyphs(text, candidate).isEmpty())
            return candidate;
    }
    return base;
}

QRectF TicketPrinter::paintTicket(QPainter &painter, const QRectF &page, const Event &event,
                                  const Registration &registration)
{
    painter.save();
    painter.fillRect(page, Qt::white);
    const qreal margin = page.width() * 0.07;
    const QRectF content = page.adjusted(margin, margin, -margin, -margin);
    const qreal w = content.width();
    const qreal h = content.height();
    const qreal gap = h * 0.02;
    qreal y = content.top();

    // A band in the flag's red across the top.
    painter.fillRect(QRectF(page.left(), page.top(), page.width(), margin * 0.45), Accent);

    QFont bold = baseFont();
    bold.setBold(true);
    const QRectF titleBox(content.left(), y, w, h * 0.13);
    drawFitted(painter, titleBox, event.title, bold, h * 0.055, h * 0.022, true, Ink);
    y = titleBox.bottom() + gap;
    const QRectF whenBox(content.left(), y, w, h * 0.04);
    drawFitted(painter, whenBox, whenText(event, QLocale::LongFormat), baseFont(), h * 0.032, h * 0.016, false, Ink);
    y = whenBox.bottom();
    const QRectF whereBox(content.left(), y, w, h * 0.04);
    drawFitted(painter, whereBox, whereText(event), baseFont(), h * 0.032, h * 0.016, false, Muted);
    y = whereBox.bottom() + gap;

    painter.setPen(QPen(CutLine, std::max<qreal>(1, h * 0.002)));
    painter.drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
    y += gap * 1.5;

    const QRectF nameBox(content.left(), y, w, h * 0.17);
    drawFitted(painter, nameBox, nameOf(registration), bold, h * 0.075, h * 0.024, true, Ink,
               Qt::AlignHCenter | Qt::AlignVCenter);
    y = nameBox.bottom() + gap;

    const qreal footer = h * 0.05;
    const qreal codeLine = h * 0.06;
    const qreal side = std::min(w * 0.7, content.bottom() - footer - codeLine - y);
    const QRectF qrBox(content.center().x() - side / 2, y, side, side);
    const QRectF symbol = QrSymbol(qrText(registration)).paint(painter, qrBox);
    y = qrBox.bottom();

    QFont code = monospaceFont();
    code.setBold(true);
    code.setLetterSpacing(QFont::PercentageSpacing, 110);
    drawFitted(painter, QRectF(content.left(), y, w, codeLine), ticketcode::display(registration.ticketCode), code,
               h * 0.05, h * 0.02, false, Ink, Qt::AlignHCenter | Qt::AlignVCenter);
    drawFitted(painter, QRectF(content.left(), content.bottom() - footer, w, footer), tr("Show this code at the door."),
               baseFont(), h * 0.026, h * 0.014, false, Muted, Qt::AlignHCenter | Qt::AlignBottom);
    painter.restore();
    return symbol;
}

QRectF TicketPrinter::paintBadge(QPainter &painter, const QRectF &cell, const Event &event,
                                 const Registration &registration)
{
    painter.save();
    painter.fillRect(cell, Qt::white);
    const qreal pad = cell.height() * 0.08;
    const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
    const qreal h = inner.height();
    const qreal codeLine = h * 0.12;
    const qreal side = std::min(h - codeLine, inner.width() * 0.38);
    const qreal gap = inner.width() * 0.04;
    const QRectF qrBox(inner.right() - side, inner.top() + (h - side - codeLine) / 2, side, side);
    const QRectF symbol = QrSymbol(qrText(registration)).paint(painter, qrBox);

    QFont code = monospaceFont();
    code.setBold(true);
    drawFitted(painter, QRectF(qrBox.left(), qrBox.bottom(), side, codeLine),
               ticketcode::display(registration.ticketCode), code, codeLine * 0.7, codeLine * 0.3, false, Ink,
               Qt::AlignHCenter | Qt::AlignTop);

    const qreal textWidth = qrBox.left() - gap - inner.left();
    painter.fillRect(QRectF(inner.left(), inner.top(), textWidth * 0.25, h * 0.035), Accent);
    QFont bold = baseFont();
    bold.setBold(true);
    const QRectF nameBox(inner.left(), inner.top() + h * 0.08, textWidth, h * 0.5);
    drawFitted(painter, nameBox, nameOf(registration), bold, h * 0.22, h * 0.07, true, Ink,
               Qt::AlignLeft | Qt::AlignVCenter);
    const QRectF titleBox(inner.left(), nameBox.bottom() + h * 0.04, textWidth, h * 0.24);
    drawFitted(painter, titleBox, event.title, baseFont(), h * 0.1, h * 0.045, true, Ink);
    const QRectF whenBox(inner.left(), titleBox.bottom(), textWidth, inner.bottom() - titleBox.bottom());
    drawFitted(painter, whenBox, whenText(event, QLocale::ShortFormat), baseFont(), h * 0.07, h * 0.035, false, Muted,
               Qt::AlignLeft | Qt::AlignBottom);
    painter.restore();
    return symbol;
}

namespace {

// One ticket a page.
PagePainter ticketPages(const Event &event, const QList<Registration> &registrations)
{
    return [&event, &registrations](QPainter &painter, int page, const QRectF &pageRect) {
        TicketPrinter::paintTicket(painter, pageRect, event, registrations.at(page));
    };
}

// BadgesPerPage badges a sheet, with cut lines across the whole sheet, so that a guillotine can follow them.
PagePainter badgePages(const Event &event, const QList<Registration> &registrations)
{
    return [&event, &registrations](QPainter &painter, int page, const QRectF &pageRect) {
        const qreal margin = millimetres(10);
        const QRectF grid = pageRect.adjusted(margin, margin, -margin, -margin);
        const qreal cellWidth = grid.width() / TicketPrinter::BadgeColumns;
        const qreal cellHeight = grid.height() / TicketPrinter::BadgeRows;
        for (int slot = 0; slot < TicketPrinter::BadgesPerPage; ++slot) {
            const qsizetype index = qsizetype(page) * TicketPrinter::BadgesPerPage + slot;
            if (index >= registrations.size())
                break;
            // The badge's column and row on the sheet.
            const int column = slot % TicketPrinter::BadgeColumns;
            const int row = slot / TicketPrinter::BadgeColumns;
            const QRectF cell(grid.left() + column * cellWidth, grid.top() + row * cellHeight, cellWidth, cellHeight);
            TicketPrinter::paintBadge(painter, cell, event, registrations.at(index));
        }
        painter.save();
        QPen pen(CutLine, std::max<qreal>(1, millimetres(0.2)), Qt::DashLine);
        painter.setPen(pen);
        for (int column = 0; column <= TicketPrinter::BadgeColumns; ++column) {
            const qreal x = grid.left() + column * cellWidth;
            painter.drawLine(QPointF(x, pageRect.top()), QPointF(x, pageRect.bottom()));
        }
        for (int row = 0; row <= TicketPrinter::BadgeRows; ++row) {
            const qreal y = grid.top() + row * cellHeight;
            painter.drawLine(QPointF(pageRect.left(), y), QPointF(pageRect.right(), y));
        }
        painter.restore();
    };
}

int badgeSheets(const QList<Registration> &registrations)
{
    return int((registrations.size() + TicketPrinter::BadgesPerPage - 1) / TicketPrinter::BadgesPerPage);
}

} // namespace

Status TicketPrinter::writeTickets(const Event &event, const QList<Registration> &registrations, const QString &path)
{
    return writePages(path, QPageSize(QPageSize::A6), tr("Tickets: %1").arg(event.title), int(registrations.size()),
                      ticketPages(event, registrations));
}

Status TicketPrinter::writeBadges(const Event &event, const QList<Registration> &registrations, const QString &path)
{
    return writePages(path, QPageSize(QPageSize::A4), tr("Badges: %1").arg(event.title), badgeSheets(registrations),
                      badgePages(event, registrations));
}

void TicketPrinter::prepare(QPrinter &printer, Sheet sheet, const Event &event)
{
    const bool badges = sheet == Sheet::Badges;
    printer.setPageSize(QPageSize(badges ? QPageSize::A4 : QPageSize::A6));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(badges ? tr("Badges: %1").arg(event.title) : tr("Tickets: %1").arg(event.title));
    printer.setCreator(QStringLiteral("Supolka"));
}

Status TicketPrinter::print(QPrinter &printer, Sheet sheet, const Event &event,
                            const QList<Registration> &registrations)
{
    if (registrations.isEmpty())
        return Status::failure(tr("There is nobody to print for."));
    const bool badges = sheet == Sheet::Badges;
    const QString failure = tr("The printer “%1” did not take the pages.").arg(printer.printerName());
    return badges ? paintPages(printer, badgeSheets(registrations), badgePages(event, registrations), failure)
                  : paintPages(printer, int(registrations.size()), ticketPages(event, registrations), failure);
}

} // namespace supolka
