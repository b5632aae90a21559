#pragma once

#include <QIcon>

#include "models/cases/casenote.h"

namespace supolka {

// The icons of a case's timeline, drawn so that they look the same on every platform and theme.
class CaseIcons final
{
public:
    static QIcon forKind(CaseNote::Kind kind);
    static QIcon cases(); // the area itself
};

} // namespace supolka
