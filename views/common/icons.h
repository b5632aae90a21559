#pragma once

#include <functional>

#include <QIcon>

class QPainter;
class QPointF;

namespace supolka {

// Supolka's own icons, the same on every platform and theme: the areas' and the application's from the SVG files
// of resources/ (built into the program), the small ones of the case timeline drawn in code.
class Icons final
{
public:
    // The window's and the menu entry's icon.
    static QIcon application();
    static QIcon members();
    static QIcon dashboard();
    static QIcon events();
    static QIcon checkIn();
    static QIcon cases();
    static QIcon exitPoll();
    static QIcon sync();
    static QIcon search();

    // For the icons of an area: draws on a 48×48 canvas, scaled to the usual sizes.
    static QIcon drawn(const std::function<void(QPainter &)> &draw);
    // A person's head and shoulders, the head at `head`.
    static void drawPerson(QPainter &painter, const QPointF &head, qreal scale, const QColor &colour);
};

} // namespace supolka
