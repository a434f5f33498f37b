#pragma once

#include <QtContainerFwd>

#include <functional>

class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QString;
class QWidget;

namespace Orion {

// The hand-written form of Qt Designer's retranslateUi(): runs `apply` now and again after every
// change of the interface language (QEvent::LanguageChange, which Qt delivers to each widget when
// a translator is installed or removed), for as long as `owner` lives. A page creates its widgets,
// then sets its fixed texts (labels, buttons, tooltips, placeholders, combo items) in one such
// function, and re-renders its state-dependent texts from it too.
void onLanguageChange(QWidget *owner, std::function<void()> apply);

// A form row for `field` with a label (its buddy) whose text setRowLabel() sets. (QFormLayout makes
// no label at all for addRow(QString(), field).)
void addLabelledRow(QFormLayout *form, QWidget *field);
// The label of `field`'s row, retitled.
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);

// Retitles the items of `combo` from `first` on, in order (their data stays).
void setItemTexts(QComboBox *combo, const QStringList &texts, int first = 0);

// Makes the views of `model` read its headers and texts again (models translate when asked).
void retranslateModel(QAbstractItemModel *model);

} // namespace Orion
