#pragma once

#include <QColor>

namespace supolka {

// The door's signal colours, the same in the status panel and the results: green let in, orange careful, red
// refused. Dark enough on their light backgrounds to read from a step away.
class DoorColours final
{
public:
    struct Scheme
    {
        QColor background;
        QColor border;
        QColor text;
    };

    static Scheme checkedIn() { return {QColor(0xe6, 0xf4, 0xea), QColor(0x34, 0xa8, 0x53), QColor(0x13, 0x73, 0x33)}; }
    static Scheme warning() { return {QColor(0xfe, 0xf0, 0xdb), QColor(0xf2, 0x8b, 0x00), QColor(0xa8, 0x4b, 0x00)}; }
    static Scheme refused() { return {QColor(0xfc, 0xe8, 0xe6), QColor(0xd9, 0x30, 0x25), QColor(0xb3, 0x1c, 0x12)}; }
};

} // namespace supolka
