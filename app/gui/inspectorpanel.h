#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace gui {

class InspectorFilterModel;
class InspectorModel;

/// The packet inspector: the packet list of one connection with filters, and for the selected
/// packet every decoded field (mqtt::dumpPacket) above its raw bytes in hex.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    /// The packets shown (not owned); nullptr shows nothing.
    void setModel(InspectorModel *model);
    InspectorModel *model() const { return m_model; }
    InspectorFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    /// The detail text of the selected packet (decoded fields, then hex).
    QString detailText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSelected();
    void applyFilters();
    void updateDropped();

    InspectorModel *m_model = nullptr;
    InspectorFilterModel *m_filter;
    QLineEdit *m_textFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_directionFilter;
    QCheckBox *m_hidePings;
    QToolButton *m_autoScroll;
    QToolButton *m_clear;
    QLabel *m_dropped;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QMetaObject::Connection m_modelConnection;
};

} // namespace gui
