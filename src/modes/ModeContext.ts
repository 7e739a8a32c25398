import { createContext, useContext } from 'react';
import { MODES, type Mode } from './modes';

export const ModeContext = createContext<Mode>(MODES.inwoner);

/** The mode the app runs in; components read it instead of checking flags themselves. */
export function useMode(): Mode {
  return useContext(ModeContext);
}
