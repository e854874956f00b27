#include "consistency/consistencystyle.h"

#include <QPainter>
#include <QPixmap>

namespace concord::consistencystyle {

QColor kindColor(DiscrepancyKind kind)
{
    // Mid tones: readable as marks on a light and on a dark base.
    switch (kind) {
    case DiscrepancyKind::Missing: return QColor(0xd8, 0x4a, 0x3c);
    case DiscrepancyKind::Extra: return QColor(0x7a, 0x5c, 0xb8);
    case DiscrepancyKind::Mismatch: return QColor(0xe0, 0x8e, 0x0b);
    }
    return QColor(0x80, 0x80, 0x80);
}

QIcon kindIcon(DiscrepancyKind kind)
{
    static QIcon icons[3];
    QIcon &icon = icons[int(kind)];
    if (icon.isNull()) {
        for (const int size : {12, 24}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(kindColor(kind));
            const double m = size / 6.0;
            p.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), size / 6.0, size / 6.0);
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

QColor tint(const QPalette &palette, const QColor &color, double opacity)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [opacity](int a, int b) { return int(a * (1.0 - opacity) + b * opacity + 0.5); };
    return QColor(mix(base.red(), color.red()), mix(base.green(), color.green()), mix(base.blue(), color.blue()));
}

QColor differingBackground(const QPalette &palette)
{
    return tint(palette, kindColor(DiscrepancyKind::Mismatch), 0.32);
}

QColor goodColor()
{
    return QColor(0x2e, 0x9d, 0x4f);
}

QColor badColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace concord::consistencystyle
