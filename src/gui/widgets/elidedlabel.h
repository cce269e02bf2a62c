#pragma once

#include <QLabel>

// A one-line label that ends in "…" when it is narrower than its text, instead of cutting the
// text off mid-letter; the whole text is its tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
