#pragma once

#include "mapping/mapping.h"

#include <QTableView>

namespace Orion {

class MappingFilterProxy;
class MappingReviewModel;

// The mapping review table, shared by the Mappings page and the connector builder: target field,
// source path, transformation, confidence (a bar in its band's colour with the number), status and
// who decided; sorted by field, rows selectable one or many.
class MappingReviewTable : public QTableView
{
    Q_OBJECT
public:
    explicit MappingReviewTable(QWidget *parent = nullptr);

    MappingReviewModel *reviewModel() const { return m_model; }
    MappingFilterProxy *proxy() const { return m_proxy; }
    QList<int> selectedModelRows() const; // rows of reviewModel(), in order
    static QColor bandColor(ConfidenceBand band);

private:
    MappingReviewModel *m_model;
    MappingFilterProxy *m_proxy;
};

} // namespace Orion
