#include "views/common/qrsymbol.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>

#include <qrcodegen.hpp>

namespace supolka {

QrSymbol::QrSymbol(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    try {
        const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        m_size = code.getSize();
        m_modules.resize(size_t(m_size) * size_t(m_size));
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x)
                m_modules[size_t(y) * size_t(m_size) + size_t(x)] = code.getModule(x, y);
        }
    } catch (const qrcodegen::data_too_long &) {
        m_size = 0;
        m_modules.clear();
    }
}

bool QrSymbol::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[size_t(y) * size_t(m_size) + size_t(x)];
}

QRectF QrSymbol::paint(QPainter &painter, const QRectF &rect) const
{
    if (!isValid() || rect.isEmpty())
        return {};
    const qreal side = std::min(rect.width(), rect.height());
    const qreal module = side / (m_size + 2 * QuietZone);
    const QRectF whole(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF symbol =
        whole.adjusted(QuietZone * module, QuietZone * module, -QuietZone * module, -QuietZone * module);

    // Each row's runs of dark modules as one path, filled without antialiasing: neighbouring modules then join
    // without the hairline seams a viewer would show between separate squares.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            dark.addRect(
                QRectF(symbol.left() + start * module, symbol.top() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(whole, Qt::white);
    painter.fillPath(dark, Qt::black);
    painter.restore();
    return symbol;
}

} // namespace supolka
