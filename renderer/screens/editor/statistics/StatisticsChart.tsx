import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts-setup';

/**
 * An echarts canvas that follows its container (the ResizeObserver also
 * sees a new height): the properties column narrows below 1200px and the
 * window can be resized at any time.
 */
export function StatisticsChart({ option, height, label }: { option: (width: number) => ChartOption; height: number; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const current = useRef(option);
  current.current = option;

  useEffect(() => {
    const element = container.current!;
    const instance = echarts.init(element, null, { renderer: 'canvas', locale: 'ZH' });
    chart.current = instance;
    const observer = new ResizeObserver(() => {
      instance.resize();
      // Merged, not replaced: what depends on the width changes without drawing the chart anew.
      instance.setOption(current.current(instance.getWidth()));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: switching from the ring to the bars must not keep the ring's title.
    const instance = chart.current;
    instance?.setOption(option(instance.getWidth()), { notMerge: true });
  }, [option]);

  // The canvas is a picture of the table below it, which is what a screen reader reads.
  return <div ref={container} className="statistics-chart" style={{ height }} role="img" aria-label={label} />;
}
