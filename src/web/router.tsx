import { createBrowserRouter } from 'react-router';
import { HomePage } from './pages/home-page.js';

export const router = createBrowserRouter([{ path: '/', element: <HomePage /> }]);
