#pragma once

#include <QComboBox>

namespace supolka {

// Picks a country by its name in the GUI's language; holds the ISO code. The first entry is "not given".
class CountryComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    QString code() const;
    // Selects `code`; an unknown code is added as it is, so that nothing typed before is lost.
    void setCode(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
};

} // namespace supolka
