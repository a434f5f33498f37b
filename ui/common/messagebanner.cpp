#include "common/messagebanner.h"
#include "common/retranslate.h"
#include "common/statuscolors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Orion {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    onLanguageChange(this, [this] {
        m_close->setToolTip(tr("Dismiss"));
        m_close->setAccessibleName(tr("Dismiss message"));
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_triggered)
            m_triggered();
    });
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    m_triggered = {};
    m_action->hide();
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                               ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    // Tinted background that works with light and dark palettes.
    const QColor accent = StatusColors::color(kind == Kind::Error         ? StatusColors::Role::Error
                                                  : kind == Kind::Warning ? StatusColors::Role::Warning
                                                                          : StatusColors::Role::Info,
                                              palette());
    setStyleSheet(u"#messageBanner { background-color: rgba(%1, %2, %3, 40); border: 1px solid rgb(%1, %2, %3); "
                  "border-radius: 4px; }"_s.arg(accent.red())
                      .arg(accent.green())
                      .arg(accent.blue()));
    setAccessibleName(text);
    show();
}

void MessageBanner::setAction(const QString &text, std::function<void()> triggered)
{
    m_action->setText(text);
    m_triggered = std::move(triggered);
    m_action->show();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace Orion
