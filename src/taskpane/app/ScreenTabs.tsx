/**
 * The screen tabs. Tabs that do not fit the pane's width move into a "More" menu (Fluent's overflow
 * pattern, as Office's guidance asks of narrow task panes); the chosen screen always stays visible.
 */
import {
  Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Overflow, OverflowItem, Tab, TabList,
  useIsOverflowItemVisible, useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";

export interface ScreenTab<Id extends string> {
  id: Id;
  label: string;
}

/** An entry of the More menu that is no tab (it opens a screen of its own): always in the menu. */
export interface MenuAction {
  id: string;
  label: string;
  onSelect: () => void;
}

function OverflowMenuItem<Id extends string>({ tab, onSelect }: { tab: ScreenTab<Id>; onSelect: (id: Id) => void }) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.id)}>{tab.label}</MenuItem>;
}

function OverflowMenu<Id extends string>({ tabs, onSelect, actions }: { tabs: ScreenTab<Id>[]; onSelect: (id: Id) => void; actions: MenuAction[] }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing && actions.length === 0) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="subtle"
          size="small"
          icon={<MoreHorizontalRegular />}
          aria-label={isOverflowing ? `More screens (${overflowCount})` : "More"}
          data-testid="more-screens"
        >
          More
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <OverflowMenuItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
          {actions.map((action) => (
            <MenuItem key={action.id} onClick={action.onSelect} data-testid={`menu-${action.id}`}>
              {action.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function ScreenTabs<Id extends string>({ tabs, selected, onSelect, actions = [] }: { tabs: ScreenTab<Id>[]; selected: Id; onSelect: (id: Id) => void; actions?: MenuAction[] }) {
  return (
    // With menu actions the More button is always shown: its width is kept free for it (Overflow's padding).
    <Overflow minimumVisible={2} {...(actions.length > 0 ? { padding: 72 } : {})}>
      {/* The More menu sits beside the tab list, not in it: a tablist holds only tabs. */}
      <div style={{ display: "flex", alignItems: "center", minWidth: 0 }}>
        <TabList size="small" selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as Id)} aria-label="Screens">
          {tabs.map((tab) => (
            // The chosen screen's tab has the higher priority, so it is the last to overflow.
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab value={tab.id} id={`tab-${tab.id}`} aria-controls={`screen-${tab.id}`}>
                {tab.label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <OverflowMenu tabs={tabs} onSelect={onSelect} actions={actions} />
      </div>
    </Overflow>
  );
}
