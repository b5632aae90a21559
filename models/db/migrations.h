#pragma once

#include <QStringList>
#include <vector>

namespace supolka {

struct Migration
{
    int version = 0;
    QStringList statements;
};

// Numbered in order, each run in one transaction; never edit one that has shipped, add the next instead.
const std::vector<Migration> &migrations();

} // namespace supolka
