#pragma once

#include <QDialog>
#include <QHash>

#include "models/events/event.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace supolka {

class CountryComboBox;
class EventRepository;
class MessageBar;
struct FieldError;

// Adds or edits one event. Save checks the fields (EventRepository::normalizeAndValidate), shows what is wrong next
// to each field and in a message bar, and writes through the repository; the dialog closes only when that worked.
class EventEditor final : public QDialog
{
    Q_OBJECT

public:
    // `event.pk == 0` adds a new event. Working groups in use feed the group field's completion.
    EventEditor(EventRepository &repository, const Event &event, const QStringList &groupsInUse,
                QWidget *parent = nullptr);
    ~EventEditor() override;

    bool isNew() const { return m_original.pk == 0; }
    // A field's label ("title" -> "Title"), for messages.
    static QString fieldLabel(const QString &field);

signals:
    void saved(const supolka::Event &event);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build(const QStringList &groupsInUse);
    void retranslate();
    void load(const Event &event);
    Event collect() const;
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void save();

    EventRepository &m_repository;
    Event m_original;

    MessageBar *m_messageBar = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QString, QLabel *> m_errorLabels;
    QLineEdit *m_title = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_startsAt = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateTimeEdit *m_endsAt = nullptr;
    QLineEdit *m_venue = nullptr;
    QLineEdit *m_city = nullptr;
    CountryComboBox *m_country = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_workGroup = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace supolka
