#include "views/common/centredbox.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace supolka {

void placeCentred(QWidget *page, QWidget *box, int maximumWidth)
{
    box->setMaximumWidth(maximumWidth);
    box->setSizePolicy(QSizePolicy::Expanding, box->sizePolicy().verticalPolicy());
    // Not an aligned item: an aligned box is laid out at its size hint's width while its height is worked out for
    // the whole row, which cuts wrapped text.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace supolka
