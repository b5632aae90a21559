#pragma once

#include <QIcon>

namespace supolka {

// The few icons Supolka draws itself, so that they look the same on every platform and theme.
class Icons final
{
public:
    static QIcon members();
    static QIcon dashboard();
    static QIcon search();
};

} // namespace supolka
