#include "builderpage.h"

#include "common/statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Orion::BuilderDetail {

bool BuilderPage::fail(const QString &message)
{
    wiz()->showPageError(message);
    return false;
}

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(u"pageMessage"_s);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &text, bool error)
{
    StatusColors::showStatus(label, text, error);
    label->setVisible(!text.isEmpty());
}

QLineEdit *secretEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    auto *reveal = edit->addAction(QIcon::fromTheme(u"view-visible"_s), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(QApplication::translate("Orion::ConnectorWizard", "Show the value"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

void insertText(QJsonObject *o, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        o->remove(key);
    else
        o->insert(key, value.trimmed());
}

} // namespace Orion::BuilderDetail
