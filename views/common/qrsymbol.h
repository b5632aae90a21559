#pragma once

#include <vector>

#include <QRectF>
#include <QString>

class QPainter;

namespace supolka {

// A QR code (error correction level M, about 15% of it may be smudged) drawn with QPainter: dark modules on white
// with the quiet zone the standard asks for, so that phone cameras and door scanners read it on paper.
class QrSymbol final
{
public:
    static constexpr int QuietZone = 4; // modules of white on every side

    explicit QrSymbol(const QString &text);

    bool isValid() const { return m_size > 0; } // false when the text is too long for any QR code
    int size() const { return m_size; }         // modules per side, quiet zone not counted
    bool isDark(int x, int y) const;

    // Paints the symbol and its quiet zone into the largest square that fits in `rect`, centred. Returns the square
    // the modules take (quiet zone not counted); an empty rectangle when nothing was painted.
    QRectF paint(QPainter &painter, const QRectF &rect) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules; // row after row
};

} // namespace supolka
