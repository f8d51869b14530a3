import type { IconName } from "@/lib/icons";

type IconProps = { className?: string };

/**
 * An icon from lib/icons.ts: an empty span the stylesheet paints through the
 * icon's mask (app/icon-masks.css). Always hidden from assistive technology:
 * every icon here sits beside words or inside a named control.
 */
export function Icon({ name, className }: IconProps & { name: IconName }) {
  return (
    <span
      aria-hidden="true"
      className={className ? `icon icon-${name} ${className}` : `icon icon-${name}`}
    />
  );
}

/**
 * A named icon component, for the call sites that pass icons around as
 * components. Called once per icon, below, when this module loads: each
 * component is made once and keeps its identity.
 */
const named = (name: IconName) =>
  // biome-ignore lint/correctness/noComponentHookFactories: made once per icon at module level, never during a render.
  function NamedIcon({ className }: IconProps) {
    return <Icon name={name} className={className} />;
  };

export type IconComponent = ReturnType<typeof named>;

export const ArrowDown = named("arrow-down");
export const ArrowLeft = named("arrow-left");
export const ArrowUp = named("arrow-up");
export const ArrowUpDown = named("arrow-up-down");
export const BookmarkPlus = named("bookmark-plus");
export const ChartColumn = named("chart-column");
export const Check = named("check");
export const ChevronDown = named("chevron-down");
export const ChevronsUpDown = named("chevrons-up-down");
export const CircleCheck = named("circle-check");
export const CircleDashed = named("circle-dashed");
export const Clock = named("clock");
export const CloudOff = named("cloud-off");
export const Copy = named("copy");
export const Download = named("download");
export const EyeOff = named("eye-off");
export const Inbox = named("inbox");
export const Info = named("info");
export const Keyboard = named("keyboard");
export const Layers = named("layers");
export const LayoutList = named("layout-list");
export const Link2 = named("link-2");
export const ListFilter = named("list-filter");
export const LoaderCircle = named("loader-circle");
export const Lock = named("lock");
export const LogIn = named("log-in");
export const LogOut = named("log-out");
export const Menu = named("menu");
export const Pencil = named("pencil");
export const Plus = named("plus");
export const RefreshCw = named("refresh-cw");
export const Rows3 = named("rows-3");
export const Search = named("search");
export const ShieldAlert = named("shield-alert");
export const Trash2 = named("trash-2");
export const TriangleAlert = named("triangle-alert");
export const X = named("x");
