#pragma once

#include <QIcon>

namespace supolka {

// The few icons Supolka draws itself, so that they look the same on every platform and theme.
class Icons final
{
public:
    static QIcon members();
    static QIcon dashboard();
    static QIcon events();
    static QIcon checkIn();
    static QIcon cases();
    static QIcon exitPoll();
    static QIcon sync();
    static QIcon search();
};

} // namespace supolka
