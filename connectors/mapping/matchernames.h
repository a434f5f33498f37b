#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace Orion::MatcherDetail {

// Names per target field, compared with a path's normalised names (tokens joined, singular).
// exact: the usual name (1.0); strong: a common synonym or abbreviation (0.9); weak: a hint (0.6).
// keys: token sets that, all present somewhere in the path, suggest the field (0.75).
struct NameRules
{
    QStringList exact;
    QStringList strong;
    QStringList weak;
    QList<QStringList> keys;
    QStringList forbidden; // tokens that rule a path out (fax is not a phone)
};

// The local matcher's name tables and how a path is turned into names (matchernames.cpp).
const QHash<QString, NameRules> &customerRules();
const QHash<QString, NameRules> &invoiceRules();
// Generic leaves: the parent names the field ("PrimaryEmailAddr.Address", "CurrencyRef.value").
const QSet<QString> &genericLeaves();
// Tokens that say nothing about the field (wrappers) and are dropped from the joined names.
const QSet<QString> &noiseTokens();
QString singular(const QString &token);
// Joined names of a path to compare with the rules, each with a factor (leaf names count fully).
QList<std::pair<QString, double>> names(const QString &path);

} // namespace Orion::MatcherDetail
