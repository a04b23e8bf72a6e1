import { HomePage } from '@/components/pages/home-page';

export default HomePage;
