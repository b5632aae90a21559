#pragma once

class QWidget;

namespace supolka {

// Lays `box` out in the middle of `page`, at most `maximumWidth` wide and a little above the centre, as the
// first-run pages show their welcome. The box takes the width it is given (up to the maximum), so that wrapped text
// in it gets the height it needs at that width and is never cut at a laptop's size.
void placeCentred(QWidget *page, QWidget *box, int maximumWidth);

} // namespace supolka
