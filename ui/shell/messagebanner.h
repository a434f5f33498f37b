#pragma once

#include <QFrame>

class QLabel;
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

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace Orion
