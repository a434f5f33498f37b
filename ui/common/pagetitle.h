#pragma once

#include <QLabel>

namespace Orion {

// The heading at the top of every page: 1.5× the UI font, demi-bold, named for screen readers.
inline QLabel *createPageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    title->setAccessibleName(text);
    title->setObjectName(QStringLiteral("pageTitle"));
    return title;
}

// Retitles a page (after a change of language).
inline void setPageTitle(QLabel *title, const QString &text)
{
    title->setText(text);
    title->setAccessibleName(text);
}

} // namespace Orion
