#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace supolka {

// Tags typed as a comma-separated list, each one completed from the values already in use.
class TagLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagLineEdit(QWidget *parent = nullptr);

    void setSuggestions(const QStringList &suggestions);
    QStringList tags() const;
    void setTags(const QStringList &tags);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void complete();
    void insertCompletion(const QString &completion);
    QString currentTag() const;

    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
};

} // namespace supolka
