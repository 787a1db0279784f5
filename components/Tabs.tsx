import type { ComponentChildren } from 'preact';

/** Props of Tabs: the tabs, which one is selected, and the selected panel as children. */
export interface TabsProps<Id extends string> {
  /** Prefix for the element ids tying tabs to their panel. */
  idPrefix: string;
  label: string;
  tabs: readonly { id: Id; label: string }[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** The selected tab's panel. */
  children: ComponentChildren;
}

/**
 * A WAI-ARIA tablist with roving focus: one tab stop, arrows/Home/End move between tabs and
 * select them (automatic activation, since every panel renders instantly).
 */
export function Tabs<Id extends string>({
  idPrefix,
  label,
  tabs,
  selected,
  onSelect,
  children,
}: TabsProps<Id>) {
  const move = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[to];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    const list = (e.currentTarget as HTMLElement | null) ?? undefined;
    requestAnimationFrame(() =>
      list?.querySelector<HTMLElement>(`#${idPrefix}-tab-${tab.id}`)?.focus(),
    );
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={label} onKeyDown={move}>
        {tabs.map((t) => (
          <button
            type="button"
            role="tab"
            key={t.id}
            id={`${idPrefix}-tab-${t.id}`}
            aria-selected={t.id === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        class="tab-panel"
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${selected}`}
        tabIndex={0}
      >
        {children}
      </div>
    </>
  );
}
