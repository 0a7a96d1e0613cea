/**
 * The pane's navigation on one line at any width (Office's task pane is 300–350 px wide): Fluent's
 * TabList inside an Overflow; the tabs that do not fit go into a "…" menu, the selected tab always
 * kept visible (highest priority), so nothing wraps or reshuffles onto a second row.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';

export interface NavItem<V extends string> {
  value: V;
  label: string;
}

function MenuEntry<V extends string>({ item, onSelect }: { item: NavItem<V>; onSelect: (v: V) => void }) {
  if (useIsOverflowItemVisible(item.value)) return null;
  return (
    <MenuItem onClick={() => onSelect(item.value)} data-testid={`nav-menu-${item.value}`}>
      {item.label}
    </MenuItem>
  );
}

function MoreMenu<V extends string>({ items, onSelect, label }: { items: NavItem<V>[]; onSelect: (v: V) => void; label: string }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={`${label} (${overflowCount})`}
          title={label}
          data-testid="nav-more"
          style={{ minWidth: 0, flexShrink: 0 }}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {items.map((i) => (
            <MenuEntry key={i.value} item={i} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ViewNav<V extends string>({
  items,
  selected,
  onSelect,
  label,
  moreLabel,
}: {
  items: NavItem<V>[];
  selected: V;
  onSelect: (v: V) => void;
  label: string;
  moreLabel: string;
}) {
  return (
    <Overflow minimumVisible={1} padding={0}>
      <TabList selectedValue={selected} onTabSelect={(_, d) => onSelect(d.value as V)} aria-label={label} style={{ flexWrap: 'nowrap', minWidth: 0 }}>
        {items.map((i) => (
          <OverflowItem key={i.value} id={i.value} priority={i.value === selected ? 2 : 1}>
            <Tab value={i.value} style={{ flexShrink: 0 }}>
              {i.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreMenu items={items} onSelect={onSelect} label={moreLabel} />
      </TabList>
    </Overflow>
  );
}
