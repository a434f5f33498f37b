#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Orion {

// An inline message above the page (in the manner of KMessageWidget): errors that need reading but
// must not block the window, e.g. a workspace that could not be opened.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Replaces the message (and removes its action, if any).
    void showMessage(Kind kind, const QString &text);
    // A button beside the current message, e.g. "Recover Workspace…"; gone with the next message.
    void setAction(const QString &text, std::function<void()> triggered);
    QPushButton *actionButton() const { return m_action; }
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_triggered;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace Orion
