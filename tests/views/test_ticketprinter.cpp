#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>

#include <qrcodegen.hpp>

#include "models/io/atomicfile.h"
#include "views/common/qrsymbol.h"
#include "views/events/ticketprinter.h"

namespace supolka::test {

namespace {

Event rally()
{
    Event event;
    event.pk = 1;
    event.title = QStringLiteral("Дзень Волі — Freedom Day");
    event.kind = EventKind::Rally;
    event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(14, 0), Qt::UTC);
    event.endsAt = QDateTime(QDate(2026, 3, 25), QTime(17, 0), Qt::UTC);
    event.venue = QStringLiteral("Plac Zamkowy");
    event.city = QStringLiteral("Warszawa");
    event.country = QStringLiteral("PL");
    return event;
}

Registration person(const QString &name, const QString &code)
{
    Registration r;
    r.pk = 1;
    r.eventPk = 1;
    r.guestName = name;
    r.name = name;
    r.ticketCode = code;
    return r;
}

QList<Registration> people(int count)
{
    QList<Registration> all;
    const QString alphabet = QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
    for (int i = 0; i < count; ++i) {
        QString code = QStringLiteral("K7QXM4T");
        code += alphabet.at(i % alphabet.size());
        all.append(person(QStringLiteral("Удзельнік %1").arg(i + 1), code));
    }
    return all;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// Page objects of a PDF ("/Type /Page", not "/Type /Pages").
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// Whether every module centre of the symbol drawn in `square` (quiet zone not counted) on `image` is as dark as
// the encoder's matrix for `text` says, and the quiet zone around it is white.
void expectSymbol(const QImage &image, const QRectF &square, const QString &text)
{
    const qrcodegen::QrCode expected =
        qrcodegen::QrCode::encodeText(text.toUtf8().constData(), qrcodegen::QrCode::Ecc::MEDIUM);
    const int size = expected.getSize();
    ASSERT_FALSE(square.isEmpty());
    const qreal module = square.width() / size;
    ASSERT_GE(module, 3.0) << "draw bigger: a module must cover a few pixels";
    int mismatches = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QPoint centre((square.left() + (x + 0.5) * module), (square.top() + (y + 0.5) * module));
            const bool dark = qGray(image.pixel(centre)) < 128;
            if (dark != expected.getModule(x, y))
                ++mismatches;
        }
    }
    EXPECT_EQ(mismatches, 0) << "of " << size * size << " modules";
    // The quiet zone: four modules of white on each side.
    for (int i = 0; i < size; ++i) {
        const qreal along = (i + 0.5) * module;
        for (const QPointF &point : {QPointF(square.left() - 2 * module, square.top() + along),
                                     QPointF(square.right() + 2 * module, square.top() + along),
                                     QPointF(square.left() + along, square.top() - 2 * module),
                                     QPointF(square.left() + along, square.bottom() + 2 * module)})
            EXPECT_GT(qGray(image.pixel(point.toPoint())), 200) << "quiet zone not white";
    }
}

QImage blank(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

} // namespace

TEST(TicketPrinter, OneTicketIsOnePdfPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ticket.pdf"));
    const Status written = TicketPrinter::writeTickets(
        rally(), {person(QStringLiteral("Святлана Ціханоўская"), QStringLiteral("K7QXM4TP"))}, path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pageCount(pdf), 1);

    ASSERT_TRUE(TicketPrinter::writeTickets(rally(), people(3), path).ok());
    EXPECT_EQ(pageCount(readAll(path)), 3);
}

TEST(TicketPrinter, ElevenBadgesFillTwoSheetsOfEight)
{
    ASSERT_EQ(TicketPrinter::BadgesPerPage, 8);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("badges.pdf"));
    const Status written = TicketPrinter::writeBadges(rally(), people(11), path);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pageCount(pdf), 2);

    ASSERT_TRUE(TicketPrinter::writeBadges(rally(), people(8), path).ok());
    EXPECT_EQ(pageCount(readAll(path)), 1);
}

TEST(TicketPrinter, NobodyToPrintIsAnErrorAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    const Status written = TicketPrinter::writeBadges(rally(), {}, path);
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(written.error().isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(TicketPrinter, QrCodeMatchesTheEncodersMatrix)
{
    const Registration guest = person(QStringLiteral("Źmicier Dašević"), QStringLiteral("WXYZ2345"));
    EXPECT_EQ(TicketPrinter::qrText(guest), QStringLiteral("WXYZ-2345"));

    QImage badge = blank(1100, 800);
    {
        QPainter painter(&badge);
        const QRectF square = TicketPrinter::paintBadge(painter, QRectF(0, 0, 1100, 800), rally(), guest);
        painter.end();
        expectSymbol(badge, square, TicketPrinter::qrText(guest));
    }
    QImage ticket = blank(1050, 1480);
    {
        QPainter painter(&ticket);
        const QRectF square = TicketPrinter::paintTicket(painter, QRectF(0, 0, 1050, 1480), rally(), guest);
        painter.end();
        expectSymbol(ticket, square, TicketPrinter::qrText(guest));
    }
}

TEST(TicketPrinter, QrSymbolIsNotMirroredOrTurned)
{
    // A code whose matrix differs from its own transpose, so that drawing it turned would be caught.
    const QString text = QStringLiteral("K7QX-M4TP");
    const QrSymbol symbol(text);
    ASSERT_TRUE(symbol.isValid());
    bool symmetric = true;
    for (int y = 0; y < symbol.size() && symmetric; ++y) {
        for (int x = 0; x < symbol.size(); ++x) {
            if (symbol.isDark(x, y) != symbol.isDark(y, x)) {
                symmetric = false;
                break;
            }
        }
    }
    ASSERT_FALSE(symmetric);
    QImage image = blank(400, 400);
    QPainter painter(&image);
    const QRectF square = symbol.paint(painter, QRectF(0, 0, 400, 400));
    painter.end();
    expectSymbol(image, square, text);
}

TEST(TicketPrinter, NamesInAnyScriptHaveGlyphs)
{
    QFont base = QGuiApplication::font();
    base.setBold(true);
    for (const QString &name : {QStringLiteral("Святлана Ціханоўская"), QStringLiteral("Źmicier Dašević"),
                                QStringLiteral("Ŭladzimir Łabkovič"), QStringLiteral("Аляксандр Лукашэнка ў")}) {
        const QFont font = TicketPrinter::fontFor(name, base);
        EXPECT_TRUE(TicketPrinter::missingGlyphs(name, font).isEmpty()) << name.toStdString();
        // What the painter would draw: no glyph is the font's "missing" glyph 0 (the empty box).
        QTextLayout layout(name, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        int glyphs = 0;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            for (const quint32 index : run.glyphIndexes()) {
                EXPECT_NE(index, 0u) << name.toStdString();
                ++glyphs;
            }
        }
        EXPECT_GE(glyphs, int(name.size()) - 3) << name.toStdString();
    }
    // The check itself can fail: a character no font has (a private-use code point of plane 16).
    const QString unknown = QString::fromUcs4(U"\U0010FFFD", 1);
    EXPECT_EQ(TicketPrinter::missingGlyphs(unknown, TicketPrinter::fontFor(unknown, base)), unknown);
}

TEST(TicketPrinter, PdfEmbedsTheFontOfTheName)
{
    const QString name = QStringLiteral("Святлана Ціханоўская");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ticket.pdf"));
    ASSERT_TRUE(TicketPrinter::writeTickets(rally(), {person(name, QStringLiteral("K7QXM4TP"))}, path).ok());
    const QByteArray pdf = readAll(path);
    // The glyphs are embedded (a font program), under the family's PostScript name.
    EXPECT_TRUE(pdf.contains("/FontFile2")) << "no embedded TrueType font";
    QFont bold = QGuiApplication::font();
    bold.setBold(true);
    QString family = QRawFont::fromFont(TicketPrinter::fontFor(name, bold)).familyName();
    family.remove(QLatin1Char(' '));
    EXPECT_TRUE(pdf.contains(family.toLatin1())) << family.toStdString();
}

} // namespace supolka::test

namespace supolka::test {

// A PDF is written whole or not at all: the old file stays when a write or the commit fails (a full stick), at the
// first write, in the middle, at the last, and at the commit.
TEST(TicketPrinter, AFailedWriteLeavesTheOldPdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tickets.pdf"));
    const QByteArray old = "%PDF-1.4 the last good tickets\n";
    int writes = 0;
    {
        const AtomicFile::FailureForTests counting(-1);
        ASSERT_TRUE(TicketPrinter::writeTickets(rally(), people(3), path));
        writes = counting.writes();
    }
    ASSERT_GT(writes, 3);
    for (const int failing : {0, 1, writes / 2, writes}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(old);
        file.close();
        Status status;
        {
            const AtomicFile::FailureForTests failure(failing);
            status = failing % 2 == 0 ? TicketPrinter::writeTickets(rally(), people(3), path)
                                      : TicketPrinter::writeBadges(rally(), people(3), path);
        }
        EXPECT_FALSE(status) << "failing write " << failing;
        EXPECT_TRUE(status.error().contains(QStringLiteral("full"))) << status.error().toStdString();
        EXPECT_EQ(readAll(path), old) << "failing write " << failing;
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("tickets.pdf")});
    }
}

} // namespace supolka::test
