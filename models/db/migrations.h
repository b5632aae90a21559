#pragma once

#include <functional>
#include <vector>

#include <QSqlDatabase>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

struct Migration
{
    int version = 0;
    QStringList statements;
    // Work SQL alone cannot do, run after the statements in the same transaction (search keys worked out again
    // when the way they are made changes).
    std::function<Status(const QSqlDatabase &)> rewrite = nullptr;
};

// Numbered in order, each run in one transaction; never edit one that has shipped, add the next instead.
const std::vector<Migration> &migrations();

} // namespace supolka
